import { memo } from 'react';
import { RegionLink } from './region-link';
import { RegionToggle, type RegionToggleProps } from './region-toggle';

/**
 * The heading cell of a region's row: its name selects it (the selection every view shares), and
 * a short link beside it opens its profile. Memoised: a table re-renders every row when its figures
 * change (the map's on each indicator switch), and a row's region, name and selection rarely do.
 */
export const RegionRowHead = memo(function RegionRowHead(props: RegionToggleProps) {
  return (
    <th scope="row">
      <RegionToggle {...props} />
      <RegionLink code={props.code} name={props.name} short />
    </th>
  );
});
