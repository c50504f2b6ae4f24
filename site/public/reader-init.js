// Applies the reader's text size and contrast before the first paint, so the page never flashes in the
// default look. A plain synchronous file (not inline) so the Content Security Policy needs no exception.
try {
  var d = document.documentElement;
  d.dataset.textSize = localStorage.getItem('huhang.textSize') || 'normal';
  d.dataset.contrast = localStorage.getItem('huhang.contrast') || 'normal';
} catch (e) {
  // storage blocked: default look
}
