import type { ReactNode } from 'react';

export type FigureRow = { key: string; label: ReactNode; cells: ReactNode[] };

/**
 * A small table of figures: a caption, a header row, one row per item with its label as the
 * row header. `data-figure` names each row for readers' tools and the site's tests.
 */
export const FigureTable = ({ id, caption, header, rows }: { id: string; caption: ReactNode; header: string[]; rows: FigureRow[] }) => (
  <div className="table-wrap">
    <table id={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {header.map((heading, index) => (
            <th key={heading} scope="col" className={index > 0 ? 'number' : undefined}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-figure={row.key}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, index) => (
              <td key={index} className="number">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
