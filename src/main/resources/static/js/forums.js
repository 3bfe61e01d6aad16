// Charts of the forums' follow-up (Chart.js). Every number is also in the tables beside them.
(function () {
  'use strict';

  function draw() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas.bar-chart').forEach(function (canvas) {
      var labels = JSON.parse(canvas.dataset.labels);
      var values = JSON.parse(canvas.dataset.values);
      canvas.parentElement.style.height = (40 + labels.length * 28) + 'px';
      new Chart(canvas, {
        type: 'bar',
        data: { labels: labels, datasets: [{ data: values, backgroundColor: '#1d4f91' }] },
        options: {
          indexAxis: 'y', animation: false, maintainAspectRatio: false,
          plugins: { legend: { display: false } },
          scales: { x: { beginAtZero: true, max: Number(canvas.dataset.max) || undefined } }
        }
      });
      canvas.dataset.drawn = 'true';
    });
    document.querySelectorAll('canvas.pair-chart').forEach(function (canvas) {
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: JSON.parse(canvas.dataset.labels),
          datasets: [
            { label: canvas.dataset.plannedLabel, data: JSON.parse(canvas.dataset.planned), backgroundColor: '#9aa5b1' },
            { label: canvas.dataset.heldLabel, data: JSON.parse(canvas.dataset.held), backgroundColor: '#1d4f91' }
          ]
        },
        options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } }
      });
      canvas.dataset.drawn = 'true';
    });
    var colours = ['#1d4f91', '#4f7cbb', '#9aa5b1', '#c2410c'];
    document.querySelectorAll('canvas.stack-chart').forEach(function (canvas) {
      var names = JSON.parse(canvas.dataset.seriesLabels);
      var series = JSON.parse(canvas.dataset.series);
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: JSON.parse(canvas.dataset.labels),
          datasets: series.map(function (values, i) {
            return { label: names[i], data: values, backgroundColor: colours[i % colours.length] };
          })
        },
        options: {
          indexAxis: 'y', animation: false, maintainAspectRatio: false,
          scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } }
        }
      });
      canvas.dataset.drawn = 'true';
    });
  }

  document.addEventListener('DOMContentLoaded', draw);
})();
