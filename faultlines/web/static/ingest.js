/* Follows a background ingestion job until it is done. */
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box) { return; }
  var url = "/api/ingest/" + encodeURIComponent(box.dataset.job);

  function show(job) {
    document.getElementById("job-progress").value = job.done;
    document.getElementById("job-status").textContent = job.status;
    document.getElementById("job-message").textContent = job.message;
    var list = document.getElementById("job-docs");
    list.textContent = "";
    job.doc_ids.forEach(function (id) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "/documents/" + encodeURIComponent(id);
      link.textContent = id.slice(0, 12);
      item.appendChild(link);
      list.appendChild(item);
    });
    box.dataset.status = job.status;
  }

  function poll() {
    fetch(url, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (job) {
      show(job);
      if (job.status === "queued" || job.status === "running") { setTimeout(poll, 400); }
    });
  }
  poll();
})();
