// Shows the poster's print button and wires it to the browser's print dialog. Without this script the poster is
// complete; the button stays hidden and the browser's own Print works as well.
'use strict';

const printButton = document.getElementById('print-poster');
if (printButton) {
  printButton.addEventListener('click', () => window.print());
  printButton.hidden = false;
}
