// Every story's description starts with when a partner would use that variant: the docs page
// and the story's panel say it where a designer looks.
/** A story's `parameters`: its docs description, when to use the variant and what it shows. */
export const whenToUse = (story: string) => ({ docs: { description: { story } } });
