export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
export const GEXF_VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
export const GEXF_SCHEMA_LOCATION = `${GEXF_NAMESPACE} http://gexf.net/1.3/gexf.xsd`;
