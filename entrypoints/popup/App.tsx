export default function App() {
  return <main><h1>Hirempire</h1></main>;
}
