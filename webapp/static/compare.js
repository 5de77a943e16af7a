// Comparison page enhancements; the page works fully without them.
(function () {
  "use strict";

  // "Copy link": the address is the whole comparison.
  var copy = document.querySelector("[data-copy-link]");
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(window.location.href).then(function () {
        copy.textContent = "Link copied";
      });
    });
  }

  // Adding products: once the comparison would be full, say so and stop further ticks.
  document.querySelectorAll("form.picker").forEach(function (form) {
    var max = parseInt(form.getAttribute("data-max"), 10);
    var chosen = parseInt(form.getAttribute("data-chosen") || "0", 10);
    var status = form.querySelector("[data-picker-status]");
    var boxes = form.querySelectorAll("input[type=checkbox]");
    function update() {
      var ticked = form.querySelectorAll("input[type=checkbox]:checked").length;
      var full = chosen + ticked >= max;
      boxes.forEach(function (box) { box.disabled = full && !box.checked; });
      if (status) {
        status.textContent = full
          ? "That makes " + max + ", the most a comparison holds."
          : chosen
            ? "You can add " + (max - chosen - ticked) + " more."
            : "Tick two to four (" + ticked + " ticked).";
      }
    }
    form.addEventListener("change", update);
    update();
  });
})();
