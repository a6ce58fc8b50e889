// A workbook as Excel shows it to the tagging pane, through office-addin-mock (load + sync enforced): its sheets, what
// each cell holds, the names defined so far, and the cell the admin has selected. Used by the unit tests (a few cells)
// and by the end-to-end test that tags a whole province workbook (its cells read with ClosedXML) for a campaign.
import { installMock } from "./officeGlobals";

export interface Cell {
  formula: string | number;
  value: string | number;
  type: string;
}
export interface State {
  selected: string;
  names: Array<{ name: string; formula: string }>;
}

/** Installs the Excel mock for the workbook as it is now (names, selection); call again after each change. */
export function install(cells: Record<string, Cell>, state: State) {
  const sheets: Record<string, any> = {};
  for (const [key, c] of Object.entries(cells)) {
    const [sheet, cell] = key.split("!");
    sheets[sheet] ??= {
      ranges: { __empty: { formulas: [[""]], values: [[""]], valueTypes: [["Empty"]] } },
      getRange(this: any, address: string) {
        return this.ranges[address] ?? this.ranges.__empty;
      },
    };
    sheets[sheet].ranges[cell] = { formulas: [[c.formula]], values: [[c.value]], valueTypes: [[c.type]] };
  }
  const lookup: Record<string, unknown> = {};
  for (const n of state.names)
    lookup[n.name] = { name: n.name, delete: () => (state.names = state.names.filter((x) => x.name !== n.name)) };
  installMock("Excel", {
    context: {
      workbook: {
        selected: { address: state.selected },
        getSelectedRange(this: any) {
          return this.selected;
        },
        worksheets: {
          sheets,
          getItem(this: any, name: string) {
            return this.sheets[name];
          },
        },
        names: {
          items: state.names.map((n) => ({ ...n })),
          lookup,
          getItem(this: any, name: string) {
            return this.lookup[name];
          },
          add: (name: string, reference: string) => state.names.push({ name, formula: reference }),
        },
      },
    },
    run: async function (this: any, callback: (ctx: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  });
}

export function provinceWorkbook(cells: Record<string, Cell>) {
  const state: State = { selected: "", names: [] };
  install(cells, state);
  return { state, refresh: () => install(cells, state) };
}
