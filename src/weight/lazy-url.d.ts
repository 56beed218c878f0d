/** `import url from './x.ts?lazy'` (src/weight/lazy-module.ts): the URL of the built module. */
declare module '*?lazy' {
  const url: string;
  export default url;
}
