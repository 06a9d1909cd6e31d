// ZSM huiselijk geweld: after an officer starts a case in Tasklist, show the zaaknummer the case got.
// Tasklist starts a case with POST .../process-definition/{id}/submit-form; the engine answers with the new
// process instance, whose businessKey is the zaaknummer (set during the intake, in the same transaction).
// This script watches those answers and shows a message that stays until the officer closes it.

const START_FORMULIER = /\/process-definition\/[^/]+\/submit-form$|\/process-definition\/key\/[^/]+\/submit-form$/;

function toonZaaknummer(zaaknummer) {
  let melding = document.getElementById('zsm-zaaknummer-na-start');
  if (!melding) {
    melding = document.createElement('div');
    melding.id = 'zsm-zaaknummer-na-start';
    melding.setAttribute('role', 'status');
    melding.style.cssText = 'position:fixed;top:60px;left:50%;transform:translateX(-50%);z-index:2000;'
      + 'background:#2e7d32;color:#fff;padding:14px 22px;border-radius:4px;font-size:16px;'
      + 'box-shadow:0 2px 8px rgba(0,0,0,.3)';
    document.body.appendChild(melding);
  }
  melding.textContent = '';
  const tekst = document.createElement('span');
  tekst.textContent = 'Zaak gestart. Zaaknummer: ';
  const nummer = document.createElement('strong');
  nummer.className = 'zsm-zaaknummer';
  nummer.textContent = zaaknummer;
  const sluiten = document.createElement('button');
  sluiten.type = 'button';
  sluiten.textContent = 'Sluiten';
  sluiten.style.cssText = 'margin-left:18px;color:#2e7d32;background:#fff;border:0;border-radius:3px;padding:2px 10px';
  sluiten.addEventListener('click', () => melding.remove());
  melding.append(tekst, nummer, sluiten);
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const pad = String(url).split('?')[0];
  if (String(method).toUpperCase() === 'POST' && START_FORMULIER.test(pad)) {
    this.addEventListener('load', () => {
      if (this.status < 200 || this.status >= 300) {
        return;
      }
      try {
        const zaak = typeof this.response === 'string' ? JSON.parse(this.responseText) : this.response;
        if (zaak && zaak.businessKey) {
          toonZaaknummer(zaak.businessKey);
        }
      } catch (e) {
        console.error('Zaaknummer na start niet te lezen', e);
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

export default [];
