/**
 * <fikr-echart>: draws the Apache ECharts option that the server puts into its `option` property
 * (see uz.fikr.dashboard.chart.EChart). Only the parts of ECharts that the dashboard uses are
 * imported, which keeps the bundle small.
 */
import { BarChart, CustomChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([
  BarChart, CustomChart, LineChart, RadarChart, ScatterChart,
  DatasetComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, MarkPointComponent,
  RadarComponent, TitleComponent, TooltipComponent,
  SVGRenderer,
]);

class FikrEChart extends HTMLElement {
  private chart?: EChartsType;
  private currentOption?: EChartsCoreOption;
  private readonly resizeObserver = new ResizeObserver(() => this.chart?.resize());

  get option(): EChartsCoreOption | undefined {
    return this.currentOption;
  }

  set option(option: EChartsCoreOption | undefined) {
    this.currentOption = option;
    this.draw();
  }

  connectedCallback(): void {
    this.takeOverPropertySetBeforeUpgrade('option');
    this.chart ??= init(this, undefined, { renderer: 'svg' });
    this.resizeObserver.observe(this);
    this.draw();
  }

  disconnectedCallback(): void {
    this.resizeObserver.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private draw(): void {
    if (this.chart && this.currentOption) {
      // merging into the previous option animates the bars from the old values to the new ones; a chart whose
      // series changed shape (another question, another grouping) is replaced instead
      this.chart.setOption(this.currentOption, { replaceMerge: ['series', 'xAxis', 'yAxis', 'radar'] });
    }
  }

  /** A property set before the element was defined shadows the setter: re-apply it through the setter. */
  private takeOverPropertySetBeforeUpgrade(name: 'option'): void {
    if (Object.prototype.hasOwnProperty.call(this, name)) {
      const own = this as unknown as Record<string, EChartsCoreOption | undefined>;
      const value = own[name];
      delete own[name];
      this[name] = value;
    }
  }
}

customElements.define('fikr-echart', FikrEChart);
