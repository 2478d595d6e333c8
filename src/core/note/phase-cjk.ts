// Phase phrases for Chinese, Japanese and Korean headings. The reader finds them as it finds
// any phrase: each Han or kana character is a word (phases.ts), so "配信前" is found inside
// "📋 配信前チェックリスト"; Korean spaces its words, and is often written without the space
// too ("방송 전", "방송전").
//
// The rule, as for "pre-show" and "before the show" in English: these languages write
// "pre-show" as the show's word and "before" (配信前: pre-stream, 放送前, 直播前, 방송 전),
// the list of everything before it: prep. "Just before" (直前, 직전) and going on air
// (开播前) are the before phase. The show's word and "after" (配信後, 直播后, 방송 후), or
// "afterwards" (事後), are after the show. Each phrase is the show's word plus its time
// word, or a word that is only a time relative to an event (直前, 事後): neither "配信" nor
// "前" alone, which appear in titles and talking points.
//
// They are not in the defaults yet (a reader test pins the defaults as naming no Japanese
// heading, tests/core/reader6/unseen6-notes.test.ts): Detect proposes the ones a show's
// headings use (detect/phase-headings.ts).
import type { PhaseHeadings } from "./phases";

export const CJK_PHASE_PHRASES: PhaseHeadings = {
  prep: [
    ...["準備", "事前", "配信前", "放送前", "収録前", "チェックリスト", "准备", "直播前", "录制前", "錄製前", "播出前"],
    ...["준비", "사전", "방송 전", "방송전", "녹음 전", "녹음전", "녹화 전", "녹화전", "체크리스트"],
  ],
  before: ["直前", "开播前", "開播前", "직전"],
  after: [
    ...["配信後", "放送後", "収録後", "終了後", "事後", "直播后", "直播後", "录制后", "錄製後", "播出后", "播出後", "事后"],
    ...["방송 후", "방송후", "녹음 후", "녹음후", "녹화 후", "녹화후", "사후"],
  ],
  other: ["トークテーマ"],
};
