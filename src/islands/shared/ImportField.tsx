/** The file box that imports a JSON file the site exported: `take` gets the input once a file is picked. */
export function ImportField(props: { id: string; label: string; take: (input: HTMLInputElement) => void }) {
  return (
    <p class="sa-import">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="file"
        accept="application/json,.json"
        onChange={(e) => props.take(e.currentTarget)}
      />
    </p>
  );
}
