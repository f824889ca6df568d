export default function App() {
  return <main><h1>Hirempire settings</h1></main>;
}
