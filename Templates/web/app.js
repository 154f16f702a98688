// Keys on top of forms that work without script. On the call page a digit
// alone chooses an option when nothing is typed (not where several numbers
// are asked for), Escape clears the line; on a finished call Enter goes
// home. On the home page N (or Т) starts a new call when one shop is
// offered, and moves to the first of them when several are.
(function () {
  "use strict";
  var form = document.getElementById("step");
  var line = document.getElementById("line");
  if (form && line) {
    var digits = form.hasAttribute("data-digit-chooses");
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (digits && line.value === "" && /^[1-9]$/.test(event.key)) {
        var button = document.querySelector('button[data-key="' + event.key + '"]');
        if (button) { event.preventDefault(); button.click(); }
      } else if (event.key === "Escape") {
        line.value = "";
      }
    });
    return;
  }
  var home = document.getElementById("home");
  if (home) {
    home.focus();
    document.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && document.activeElement === document.body) { event.preventDefault(); home.click(); }
    });
    return;
  }
  var starts = document.querySelectorAll('button[data-key="N"]');
  if (starts.length > 0) {
    document.addEventListener("keydown", function (event) {
      var typing = document.activeElement && (document.activeElement.tagName === "INPUT" || document.activeElement.tagName === "TEXTAREA");
      if (typing || ["n", "N", "т", "Т"].indexOf(event.key) < 0) return;
      event.preventDefault();
      if (starts.length === 1) { starts[0].click(); } else { starts[0].focus(); }
    });
  }
})();
