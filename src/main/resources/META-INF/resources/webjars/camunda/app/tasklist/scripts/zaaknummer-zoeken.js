// ZSM huiselijk geweld: find a case in Tasklist in one step. Typing a zaaknummer (ZSM-2026-000123) in the
// task search box and pressing Enter searches the tasks of that case (Tasklist's own search on the business
// key, put in the address, so the search can also be bookmarked or shared). Other text works as before.

const ZAAKNUMMER = /^ZSM-\d{4}-\d{6}$/i;

document.addEventListener('keydown', (gebeurtenis) => {
  const veld = gebeurtenis.target;
  if (gebeurtenis.key !== 'Enter' || !veld.matches || !veld.matches('input.main-field')) {
    return;
  }
  const zaaknummer = veld.value.trim().toUpperCase();
  if (!ZAAKNUMMER.test(zaaknummer)) {
    return;
  }
  gebeurtenis.preventDefault();
  gebeurtenis.stopPropagation();
  const [pad, query] = window.location.hash.split('?');
  const parameters = new URLSearchParams(query || '');
  parameters.set('searchQuery', JSON.stringify([
    { type: 'processInstanceBusinessKey', operator: 'eq', value: zaaknummer, name: '' }
  ]));
  window.location.hash = (pad || '#/') + '?' + parameters.toString();
}, true);

export default [];
