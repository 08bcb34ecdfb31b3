/**
 * Web-page boilerplate that survives copy-and-paste or tag stripping: what it looks like, as whole
 * lines. Two kinds: lines that end the article (everything after "Leave a Reply" or "Related" is
 * comments, link lists and footers) and single lines to drop wherever they are (share prompts, "follow
 * us" promotions, cookie notices).
 */

/** A line that starts the page furniture after the article: the body ends before it. */
const END_OF_ARTICLE: readonly RegExp[] = [
  /^read more\s*:?$/i,
  /^(related|related (articles|stories|posts|news|content|coverage|reading|topics))\s*:?$/i,
  /^(you (may|might) (also )?like|recommended( for you)?|more (from|on) .{1,40}|more stories|most (read|popular|viewed)|also read|see also)\s*:?$/i,
  /^(leave a (reply|comment)|post a comment|add (a )?comment|comments?( \(\d+\))?|\d+ comments?|join the (conversation|discussion))\s*:?$/i,
  /^(trending( now| stories)?|popular now|latest news|top stories|editor'?s picks)\s*:?$/i,
  /^your email address will not be published/i,
  /^exit mobile version$/i,
];

/** A line to drop wherever it appears. */
const DROP_LINE: readonly RegExp[] = [
  /^(share|share this( article| story| post)?|share on .{1,30}|tweet|email|print|copy link|like this)\s*:?$/i,
  /^(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email)(\s*[|·•,]\s*(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email))*$/i,
  /\bfollow (us|our) .{0,60}\b(google news|twitter|facebook|telegram|whatsapp|instagram|channel|newsletter)\b/i,
  /^for all the latest (headlines|news|updates)\b/i,
  /^(subscribe|sign up)\b.{0,80}\b(newsletter|updates|alerts|inbox)\b/i,
  /^click here\b/i,
  /^advertisement$/i,
  /^(skip to (main )?content|toggle navigation|menu|search|home|close)$/i,
  /\b(we|this (site|website)) uses? cookies\b/i,
  /\bby (continuing to use|using) (this|our) (site|website)\b.{0,60}\bcookies?\b/i,
  /^(accept( all)?( cookies)?|reject( all)?|cookie (settings|policy|preferences)|manage (cookies|preferences))$/i,
  /^(©|\(c\)|copyright\b).{0,120}$/i,
  /\ball rights reserved\.?$/i,
  /^(privacy policy|terms (of use|and conditions|of service))(\s*[|·•]\s*.{1,40})*$/i,
];

export function endsArticle(line: string): boolean {
  const t = line.trim();
  return END_OF_ARTICLE.some((re) => re.test(t));
}

export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  return DROP_LINE.some((re) => re.test(t));
}

/**
 * A navigation or section label above the headline ("World", "Home | Politics"): few words and no
 * sentence punctuation. Only used for the lines before the first real line of the article.
 */
export function isLeadingLabel(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 40 || /[.!?:;,"“”]/.test(t)) return false;
  const words = t.split(/\s*[|/»›>·•]\s*|\s+/).filter(Boolean);
  return words.length <= 3;
}
