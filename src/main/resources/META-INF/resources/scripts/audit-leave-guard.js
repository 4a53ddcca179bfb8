/*
 * AP Assure: the browser's half of the audit page's leave guard (docs/audits.md). A plain script,
 * no build. Every answer saves on the server a moment after it is typed; the server marks an item
 * whose answer it has not saved (data-unsaved) and the note it last saved (data-saved-note). If
 * the tab is closed or reloaded while an item is unsaved, or a note was typed and not yet sent,
 * the browser asks before leaving. Leaving inside the app is asked by the server (AuditView).
 */
(function () {
  'use strict';
  if (window.apAuditLeaveGuard) {
    return;
  }
  window.apAuditLeaveGuard = true;

  function unsaved(card) {
    if (card.hasAttribute('data-unsaved')) {
      return true;
    }
    var note = card.querySelector('vaadin-text-area.item-note');
    return !!note && card.hasAttribute('data-saved-note') && (note.value || '') !== card.getAttribute('data-saved-note');
  }

  window.addEventListener('beforeunload', function (event) {
    var cards = document.querySelectorAll('.audit-view .audit-item');
    for (var i = 0; i < cards.length; i++) {
      if (unsaved(cards[i])) {
        event.preventDefault();
        event.returnValue = '';
        return;
      }
    }
  });
})();
