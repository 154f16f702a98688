// Keys for the call page, on top of forms that work without script: a
// digit alone chooses an option when nothing is typed, Escape clears the
// line; on the home page N starts a new call.
(function () {
  "use strict";
  var form = document.getElementById("step");
  var line = document.getElementById("line");
  if (form && line) {
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (line.value === "" && /^[1-9]$/.test(event.key)) {
        var button = document.querySelector('button[data-key="' + event.key + '"]');
        if (button) { event.preventDefault(); button.click(); }
      } else if (event.key === "Escape") {
        line.value = "";
      }
    });
    return;
  }
  var start = document.querySelector('button[data-key="N"]');
  if (start) {
    document.addEventListener("keydown", function (event) {
      if ((event.key === "n" || event.key === "N" || event.key === "т") && document.activeElement === document.body) {
        event.preventDefault();
        start.click();
      }
    });
  }
})();
