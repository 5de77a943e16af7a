// Enhancements only: the quiz and its results work fully without this file.
(function () {
  "use strict";
  var UNITS = {
    imperial: { length: "in", weight: "lb" },
    metric: { length: "cm", weight: "kg" },
  };

  // Keep the unit shown beside each size in step with the units chosen.
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (!target || target.name !== "units" || !UNITS[target.value]) return;
    var form = target.form;
    if (!form) return;
    form.querySelectorAll(".suffix[data-unit]").forEach(function (suffix) {
      suffix.textContent = UNITS[target.value][suffix.getAttribute("data-unit")];
    });
  });

  // "None of these" and the conditions exclude each other: ticking one clears the other.
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (!target || target.name !== "conditions" || !target.checked) return;
    var boxes = target.form.querySelectorAll("input[name=conditions]");
    boxes.forEach(function (box) {
      if (box !== target && (box.value === "none" || target.value === "none")) box.checked = false;
    });
  });

  // Select the whole share link on focus, so it can be copied in one go.
  document.addEventListener("focusin", function (event) {
    if (event.target && event.target.id === "share-url") event.target.select();
  });
})();
