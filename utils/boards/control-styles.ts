/**
 * The control's own look, inside its shadow root: nothing from the board's CSS reaches
 * in, nothing of ours leaks out. Colours follow components/base.css (light and dark),
 * with a background of its own so contrast never depends on the board's theme.
 */
export const CONTROL_CSS = `
:host{all:initial!important;display:block!important;margin:6px 0!important;contain:layout style}
:host([data-kind=floating]){position:fixed!important;inset:auto 16px 16px auto!important;overflow:visible!important;z-index:2147483600!important;margin:0!important;max-width:min(440px,calc(100vw - 32px))!important}
[hidden]{display:none!important}
.box{--bg:#fff;--fg:#1b1f24;--muted:#57606a;--border:#d0d7de;--accent:#0b5cad;--accent-fg:#fff;--danger:#b42318;--ok:#1a7f37;
display:inline-flex;flex-direction:column;gap:4px;max-width:100%;box-sizing:border-box;padding:6px 8px;border:1px solid var(--border);border-radius:8px;
background:var(--bg);color:var(--fg);font:13px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;text-align:left}
@media (prefers-color-scheme:dark){.box{--bg:#16191d;--fg:#e6edf3;--muted:#9da7b3;--border:#3d444d;--accent:#6cb6ff;--accent-fg:#0d1117;--danger:#ff8a80;--ok:#56d364}}
:host([data-kind=floating]) .box{box-shadow:0 4px 16px rgba(0,0,0,.25)}
.row{display:flex;flex-wrap:wrap;align-items:center;gap:6px}
.brand{color:var(--muted);font-weight:600}
button,select,input{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--border);border-radius:6px;min-height:26px;box-sizing:border-box}
button{padding:2px 10px;cursor:pointer}
button:hover{border-color:var(--accent)}
button.primary{background:var(--accent);border-color:var(--accent);color:var(--accent-fg)}
button.icon{min-width:26px;padding:0 6px}
select{padding:2px 4px;max-width:18em}
input{padding:2px 6px;width:28em;max-width:100%}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
p{margin:0}
ul{margin:0;padding:0;list-style:none;display:flex;flex-direction:column;gap:4px}
li{display:flex;align-items:center;gap:6px}
.note{color:var(--muted)}
.status.ok{color:var(--ok)}
.status.error,.message.error{color:var(--danger)}
`;
