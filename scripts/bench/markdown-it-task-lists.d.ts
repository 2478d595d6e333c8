// markdown-it-task-lists ships no types; the benchmark only passes it to md.use().
declare module "markdown-it-task-lists" {
  import type MarkdownIt from "markdown-it";
  const taskLists: (md: MarkdownIt) => void;
  export default taskLists;
}
