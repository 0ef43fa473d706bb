/** Names read with "the" in running text ("President of the United States"). */
const WITH_ARTICLE = /^(United|Republic|Democratic|Central African|Netherlands|Philippines|Bahamas|Gambia|Holy See|Czech Republic|Dominican Republic)|Islands$/;

/** The country name as it reads after "of": "Russia", "the United Kingdom". */
export function countryPhrase(name: string): string {
  return WITH_ARTICLE.test(name) ? `the ${name}` : name;
}
