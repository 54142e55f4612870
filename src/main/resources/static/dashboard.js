// The dashboards' charts (templates dashboard.html and dashboard-plan.html), drawn with Apache
// ECharts served by the application (/webjars/echarts/…). The figures come from the page itself,
// in <script type="application/json" id="board-data">; the tables beside the charts hold the same
// numbers for whoever cannot see the charts.
(function () {
  'use strict';

  var DAY = 24 * 3600 * 1000;
  var COLOURS = { doneOnTime: '#2e7d32', doneLate: '#ef6c00', open: '#1f6fb2', dueSoon: '#f2b600', overdue: '#c62828' };
  var LABELS = { doneOnTime: 'Hoàn thành đúng hạn', doneLate: 'Hoàn thành trễ hạn', open: 'Đang thực hiện trong hạn',
    dueSoon: 'Sắp đến hạn', overdue: 'Quá hạn' };

  function parseDay(text) {
    if (!text) { return null; }
    var parts = text.split('-');
    return Date.UTC(+parts[0], +parts[1] - 1, +parts[2]);
  }

  function formatDay(value) {
    var date = new Date(value);
    var dd = ('0' + date.getUTCDate()).slice(-2);
    var mm = ('0' + (date.getUTCMonth() + 1)).slice(-2);
    return dd + '/' + mm + '/' + date.getUTCFullYear();
  }

  function agencyChart(element, agencies) {
    if (!element || !agencies || agencies.length === 0) {
      if (element) { element.style.display = 'none'; }
      return null;
    }
    element.style.height = Math.max(200, 60 + agencies.length * 26) + 'px';
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var names = agencies.map(function (a) { return a.name; }).reverse();
    var series = Object.keys(COLOURS).map(function (key) {
      return {
        name: LABELS[key], type: 'bar', stack: 'tasks', itemStyle: { color: COLOURS[key] },
        data: agencies.map(function (a) { return a[key]; }).reverse()
      };
    });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 10, right: 30, top: 40, bottom: 30, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, name: 'Số nhiệm vụ', nameLocation: 'middle', nameGap: 24 },
      yAxis: { type: 'category', data: names, axisLabel: { width: 260, overflow: 'truncate' } },
      series: series
    });
    return chart;
  }

  function timelineChart(element, board) {
    var stages = board.stages || [];
    if (!element || stages.length === 0) {
      if (element) { element.style.display = 'none'; }
      return null;
    }
    element.style.height = Math.max(220, 90 + stages.length * 34) + 'px';
    var today = parseDay(board.today);
    var labels = stages.map(function (s) { return s.label; });
    var bars = [];
    var planned = [];
    stages.forEach(function (s, index) {
      var start = parseDay(s.start);
      var end = parseDay(s.end) || (start !== null ? today : null);
      if (start !== null) {
        bars.push({ value: [index, start, end + DAY - 1], itemStyle: { color: s.colour }, stage: s });
      }
      if (s.planned) {
        planned.push({ value: [parseDay(s.planned) + DAY / 2, index], stage: s });
      }
    });
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      title: { text: board.title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: {
        formatter: function (p) {
          var s = p.data.stage;
          return s.label + '<br>Thời hạn: ' + (s.planned ? formatDay(parseDay(s.planned)) : '—')
            + '<br>Bắt đầu: ' + (s.start ? formatDay(parseDay(s.start)) : '—')
            + '<br>Hoàn thành: ' + (s.end ? formatDay(parseDay(s.end)) : '—') + '<br>' + s.state;
        }
      },
      grid: { left: 10, right: 30, top: 40, bottom: 30, containLabel: true },
      xAxis: { type: 'time', axisLabel: { formatter: function (v) { return formatDay(v); } } },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 300, overflow: 'truncate' } },
      series: [{
        type: 'custom',
        name: 'Thực tế',
        encode: { x: [1, 2], y: 0 },
        data: bars,
        renderItem: function (params, api) {
          var start = api.coord([api.value(1), api.value(0)]);
          var end = api.coord([api.value(2), api.value(0)]);
          var height = api.size([0, 1])[1] * 0.5;
          return {
            type: 'rect',
            shape: { x: start[0], y: start[1] - height / 2, width: Math.max(2, end[0] - start[0]), height: height },
            style: api.style()
          };
        }
      }, {
        type: 'scatter',
        name: 'Thời hạn',
        symbol: 'diamond',
        symbolSize: 14,
        itemStyle: { color: '#1d2733' },
        data: planned,
        markLine: { symbol: 'none', label: { formatter: 'Hôm nay', position: 'start' }, lineStyle: { color: '#5b6b7c', type: 'dashed' },
          data: [{ xAxis: today }] }
      }]
    });
    return chart;
  }

  function download(chart, title) {
    var link = document.createElement('a');
    link.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    link.download = 'tien-do-' + (title || 'ke-hoach').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() + '.png';
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var data = document.getElementById('board-data');
    if (!data || typeof echarts === 'undefined') { return; }
    var board = JSON.parse(data.textContent);
    var charts = [agencyChart(document.getElementById('agency-chart'), board.agencies)];
    var timeline = timelineChart(document.getElementById('timeline-chart'), board);
    charts.push(timeline);
    var button = document.getElementById('timeline-download');
    if (button) {
      if (timeline) {
        button.addEventListener('click', function () { download(timeline, board.title); });
      } else {
        button.style.display = 'none';
      }
    }
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { if (chart) { chart.resize(); } });
    });
    document.body.setAttribute('data-charts-ready', 'true');
  });
})();
