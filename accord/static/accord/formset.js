/* "Add another" for Django formsets: clones the formset's empty form from its <template>
   and counts it in TOTAL_FORMS. Without JavaScript the form still offers spare rows. */
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-formset-add]");
  if (!button) { return; }
  var prefix = button.getAttribute("data-formset-add");
  var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
  var template = document.getElementById(prefix + "-empty");
  var rows = document.getElementById(prefix + "-rows");
  if (!total || !template || !rows) { return; }
  var index = parseInt(total.value, 10);
  var html = template.innerHTML.replace(/__prefix__/g, String(index));
  rows.insertAdjacentHTML("beforeend", html);
  total.value = String(index + 1);
  var added = rows.lastElementChild;
  if (window.htmx && added) { window.htmx.process(added); }
  var first = added && added.querySelector("input, select");
  if (first) { first.focus(); }
});
