// ZSM huiselijk geweld: the task list sorted by deadline, the first deadline on top. Tasklist's own default is
// "Aangemaakt, aflopend" (its sorting lives in the address, not in the filter). When a filter is opened with
// that default, this script puts "Termijn, oplopend" in its place; a sorting the person chose stays.

const STANDAARD = [{ sortBy: 'created', sortOrder: 'desc' }];
const TERMIJN_EERST = [{ sortBy: 'dueDate', sortOrder: 'asc' }];
const gezien = new Set();

function sorteerOpTermijn() {
  const [pad, query] = window.location.hash.split('?');
  const parameters = new URLSearchParams(query || '');
  const filter = parameters.get('filter');
  if (!filter || gezien.has(filter)) {
    return;
  }
  let sortering = null;
  try {
    sortering = parameters.get('sorting') ? JSON.parse(parameters.get('sorting')) : null;
  } catch (e) {
    return;
  }
  gezien.add(filter);
  if (sortering === null || JSON.stringify(sortering) === JSON.stringify(STANDAARD)) {
    parameters.set('sorting', JSON.stringify(TERMIJN_EERST));
    window.location.replace((pad || '#/') + '?' + parameters.toString());
  }
}

window.addEventListener('hashchange', sorteerOpTermijn);
sorteerOpTermijn();

export default [];
