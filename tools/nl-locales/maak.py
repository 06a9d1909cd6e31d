"""Writes locales/nl.json for the four webapps: our Dutch labels; a key we did not translate keeps its English text."""
import json, sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import common, waarden, tasklist, welcome, cockpit, admin, beheer_en_cockpit
bron = pathlib.Path(sys.argv[1]); doel = pathlib.Path(sys.argv[2])
eigen = {"tasklist": tasklist.L, "welcome": welcome.L, "cockpit": cockpit.L, "admin": admin.L}
for app in ["welcome", "tasklist", "cockpit", "admin"]:
    en = json.load(open(bron / app / "locales/en.json", encoding="utf-8-sig"))
    labels, vertaald = {}, 0
    for k, v in en["labels"].items():
        nl = eigen[app].get(k, common.L.get(k, waarden.V.get(v)))
        if nl is None and app in ("cockpit", "admin"):
            nl = welcome.L.get(k, tasklist.L.get(k))
        if nl is None:
            nl = beheer_en_cockpit.V.get(v)
        if nl is not None: vertaald += 1
        labels[k] = v if nl is None else nl
    uit = {"labels": labels, "dateLocales": common.DATE_LOCALES}
    (doel / app / "locales").mkdir(parents=True, exist_ok=True)
    (doel / app / "locales/nl.json").write_text(json.dumps(uit, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(app, vertaald, "/", len(labels))
