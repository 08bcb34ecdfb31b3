export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
export const GRAPHML_SCHEMA_LOCATION = `${GRAPHML_NAMESPACE} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`;
/** yFiles extensions, read by yEd for labels, fills and geometry. */
export const YFILES_NAMESPACE = 'http://www.yworks.com/xml/graphml';
/** The id of our one yFiles key (node graphics). */
export const YFILES_NODE_KEY = 'y_nodegraphics';
