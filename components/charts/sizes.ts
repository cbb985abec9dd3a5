/** Default plot heights, shared by the charts and by the lazy islands that hold their place until they load. */
export const BAR_CHART_HEIGHT = 260
export const LINE_CHART_HEIGHT = 240
