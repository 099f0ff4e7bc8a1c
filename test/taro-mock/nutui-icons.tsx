/** NutUI icons as empty marks for component tests: every name the app imports resolves to one. */
const icon = () => <i className="nut-icon" />;

export const Copy = icon;
export const Location = icon;
export const Notice = icon;
export const Order = icon;
export const Phone = icon;
export const Scan = icon;
export const Service = icon;
export const Share = icon;
export const Tips = icon;
