// opencc-js ships its per-dictionary modules without typings; each is one "src dst|src dst" string.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
