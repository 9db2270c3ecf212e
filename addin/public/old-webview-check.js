// Runs first on taskpane.html, before anything else: Word 2016 and Word 2019 show add-ins in Internet Explorer 11
// ("Trident") or Edge Legacy ("EdgeHTML") on some computers (Microsoft: "Support older Microsoft webviews and Office
// versions"). Those cannot run the pane's modern script and would show an empty pane; they go to a page that says
// what to do, as does any webview without JavaScript modules. Plain ES5, no modules.
(function () {
  var ua = navigator.userAgent;
  var modules = typeof HTMLScriptElement !== "undefined" && "noModule" in HTMLScriptElement.prototype;
  if (ua.indexOf("Trident/") !== -1 || ua.indexOf("Edge/") !== -1 || !modules) {
    window.__thiduaOldWebview = true;
    window.location.replace("/old-webview.html");
  }
})();
