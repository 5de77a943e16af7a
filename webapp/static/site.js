// Enhancements only: every page works without this file.
(function () {
  "use strict";
  // Re-run the catalog filters as soon as the sort order changes.
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target && target.matches && target.matches("form.filters select[name=sort]")) {
      target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
    }
  });
})();
