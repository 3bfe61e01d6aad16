// Origins of the people met in the observation form and its correction: the form comes with a few
// empty rows (enough without a script); this adds one more row at a time. Each row's labels end
// with its number (for screen readers), which the new row continues.
(function () {
  "use strict";
  var rows = document.getElementById("origin-rows");
  var add = document.querySelector(".origin-add");
  if (!rows || !add) {
    return;
  }
  var MAX_ROWS = 50;
  add.hidden = false;
  add.addEventListener("click", function () {
    var all = rows.querySelectorAll(".origin-row");
    if (all.length >= MAX_ROWS) {
      return;
    }
    var index = all.length;
    var row = all[all.length - 1].cloneNode(true);
    row.querySelectorAll("input").forEach(function (input) {
      var kind = input.type === "number" ? "count" : "origin";
      input.value = "";
      input.id = kind === "count" ? "origin-count-" + index : "origin-" + index;
      input.name = "origins[" + index + "]." + kind;
    });
    row.querySelectorAll("label").forEach(function (label) {
      var kind = label.htmlFor.indexOf("origin-count-") === 0 ? "count" : "origin";
      label.htmlFor = kind === "count" ? "origin-count-" + index : "origin-" + index;
      var number = label.querySelector(".row-number");
      if (number) {
        number.textContent = number.textContent.replace(/\d+/, String(index + 1));
      }
    });
    var error = row.querySelector(".field-error");
    if (error) {
      error.textContent = "";
      error.setAttribute("data-field", "origins[" + index + "]");
    }
    rows.appendChild(row);
    row.querySelector('input[type="text"]').focus();
  });
})();
