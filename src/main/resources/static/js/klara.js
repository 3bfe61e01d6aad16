// Sends the CSRF token with every htmx request (the token is in the page's meta tags, so no
// inline script is needed and the Content-Security-Policy can forbid them).
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// "Copy number" buttons: <button class="copy" data-copy="070-...">. Without the clipboard API
// (plain http on a phone) the number is selected in a prompt-free way by leaving the button alone.
document.addEventListener("click", function (event) {
  var button = event.target.closest("button[data-copy]");
  if (!button || !navigator.clipboard) {
    return;
  }
  navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
    button.classList.add("copied");
  });
});
