// Sends the CSRF token with every htmx request (the token is in the page's meta tags, so no
// inline script is needed and the Content-Security-Policy can forbid them).
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
