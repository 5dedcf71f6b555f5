// "Cite this" (templates/includes/cite_this.html): shows each copy button and copies the citation
// beside it to the clipboard, saying so in the block's status line (read by screen readers). Where
// the clipboard is refused, selects the text for the visitor to copy. Without scripts the buttons
// stay hidden: the text can be selected and the files downloaded.
(function () {
  "use strict";
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.dataset.copy);
    var status = document.getElementById(button.dataset.status);
    button.hidden = false;
    button.addEventListener("click", function () {
      function say(message) {
        status.textContent = "";
        window.setTimeout(function () { status.textContent = message; }, 50);
      }
      function selectIt() {
        var range = document.createRange();
        range.selectNodeContents(source);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        say(button.dataset.failed);
      }
      if (!navigator.clipboard) {
        selectIt();
        return;
      }
      navigator.clipboard.writeText(source.textContent).then(function () {
        say(button.dataset.copied);
      }, selectIt);
    });
  });
})();
