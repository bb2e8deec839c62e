import { describe, expect, it } from 'vitest';

import { imageSize } from './image-size';

describe('imageSize', () => {
  it.each([
    { name: 'both attributes', src: '/a.png', width: 640, height: 360, expected: { width: 640, height: 360 } },
    {
      name: 'a Sina size folder',
      src: 'https://n.sinaimg.cn/finance/crawl/w600h250/20220210/a.jpg',
      width: null,
      height: null,
      expected: { width: 600, height: 250 },
    },
    { name: 'a Sina size suffix', src: 'https://n.sinaimg.cn/finance/a_w640h360.jpg', width: null, height: null, expected: { width: 640, height: 360 } },
    { name: 'attributes win over the URL', src: 'https://n.sinaimg.cn/w600h250/a.jpg', width: 300, height: 300, expected: { width: 300, height: 300 } },
    { name: 'one attribute only', src: '/a.png', width: 640, height: null, expected: null },
    { name: 'no size anywhere', src: 'https://n.sinaimg.cn/finance/a.jpg', width: null, height: null, expected: null },
    { name: 'a size in the query, not the path', src: 'https://x.example/a.jpg?w600h250', width: null, height: null, expected: null },
    { name: 'letters around it', src: 'https://x.example/bw600h250x/a.jpg', width: null, height: null, expected: null },
    { name: 'absurd numbers', src: 'https://n.sinaimg.cn/w99999h99999/a.jpg', width: 0, height: -5, expected: null },
  ])('$name', ({ src, width, height, expected }) => {
    expect(imageSize(src, width, height)).toEqual(expected);
  });
});
