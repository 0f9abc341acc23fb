import type { Page } from '@playwright/test';

/** Whether the map's canvas has a pixel of the given colour (a region drawn in that class). */
export function hasColour(page: Page, rgb: number[]) {
  return page.evaluate((target) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.map-chart canvas');
    const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    if (!pixels) return false;
    for (let i = 0; i < pixels.length; i += 4)
      if (pixels[i] === target[0] && pixels[i + 1] === target[1] && pixels[i + 2] === target[2]) return true;
    return false;
  }, rgb);
}
