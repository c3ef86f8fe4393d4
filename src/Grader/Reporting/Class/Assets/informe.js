// informe.html: sorts the tables and draws the charts from the JSON island. Everything shown in words was
// decided by the writer in the page's language; this script only arranges it.
(function () {
  'use strict';

  var collator = new Intl.Collator(document.documentElement.lang || 'es', { numeric: true, sensitivity: 'base' });

  function sortKey(cell) {
    return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
  }

  function asNumber(text) {
    return text === '' ? NaN : Number(text);
  }

  // Numbers compare as numbers (9 before 10); text as the reader's language orders it (Álvaro with the A's).
  // In a mixed column numbers come first, so a stray text cell cannot scatter them.
  function compare(a, b) {
    var x = asNumber(a);
    var y = asNumber(b);
    if (!isNaN(x) && !isNaN(y)) {
      return x - y;
    }
    if (!isNaN(x)) {
      return -1;
    }
    if (!isNaN(y)) {
      return 1;
    }
    return collator.compare(a, b);
  }

  function makeSortable(table) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (header, index) {
      var button = header.querySelector('button');
      if (!button) {
        return;
      }
      button.addEventListener('click', function () {
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        // Array.prototype.sort is stable, so rows that tie keep the order of the previous sort.
        rows.sort(function (r1, r2) {
          var d = compare(sortKey(r1.cells[index]), sortKey(r2.cells[index]));
          return ascending ? d : -d;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function draw(spec) {
    var canvas = document.getElementById(spec.id);
    if (!canvas || spec.labels.length === 0) {
      return false;
    }
    var unit = spec.unit || '';
    var valueAxis = {
      beginAtZero: true,
      ticks: { precision: 0, callback: function (value) { return value + unit; } }
    };
    if (spec.max !== null && spec.max !== undefined) {
      valueAxis.max = spec.max;
    }
    var categoryAxis = { ticks: { autoSkip: false } };
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: [{ label: spec.seriesLabel, data: spec.values, backgroundColor: spec.color }]
      },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        // Drawn at once: a test (or a printout) must not catch a bar halfway through its animation.
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: function (item) { return spec.seriesLabel + ': ' + item.formattedValue + unit; }
            }
          }
        },
        scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { y: valueAxis, x: categoryAxis }
      }
    });
    return true;
  }

  var drawn = 0;
  try {
    Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), makeSortable);
    var data = JSON.parse(document.getElementById('datos').textContent);
    data.charts.forEach(function (spec) {
      if (draw(spec)) {
        drawn += 1;
      }
    });
  } finally {
    // Set even when a chart failed, so whoever waits for it sees the count short instead of waiting forever.
    document.body.dataset.charts = String(drawn);
  }
})();
