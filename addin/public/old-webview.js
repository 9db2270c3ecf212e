// The page for Word versions whose webview cannot run the pane (old-webview.html): says which case applies, in
// Vietnamese. Plain ES5, no modules: it runs in Internet Explorer 11.
(function () {
  function show(id) {
    var element = document.getElementById(id);
    if (element) element.style.display = "block";
  }
  var ua = navigator.userAgent;
  if (ua.indexOf("Trident/") !== -1) show("trident");
  else if (ua.indexOf("Edge/") !== -1) show("edgehtml");
  else show("other");
  if (window.Office && Office.onReady) {
    Office.onReady(function () {
      var requirements = Office.context && Office.context.requirements;
      if (requirements && !requirements.isSetSupported("WordApi", "1.3")) show("word-2016");
    });
  }
})();
