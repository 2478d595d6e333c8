// date-fns and TZDate take microseconds per call (a zone's offset is an Intl call), and
// the sidebar and the snippets ask the same few questions over and over: the same
// "now" for every episode, the same start in the same zones for every snippet.

/** The latest answers of a pure computation, by key; forgotten all at once when full. */
export class Recent<T> {
  private readonly answers = new Map<string, T>();

  constructor(private readonly limit: number) {}

  get(key: string, compute: () => T): T {
    if (this.answers.has(key)) return this.answers.get(key) as T;
    const answer = compute();
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(key, answer);
    return answer;
  }
}
