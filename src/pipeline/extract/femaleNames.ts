/**
 * Common female given names (the first word of a person's name) in international news, so that "she said" does not fall
 * on the last male speaker. A name missing here only costs the pronoun: "she" then
 * resolves to no one rather than to a wrong speaker.
 */
export const FEMALE_NAMES = new Set(
  `
  hillary victoria linda nikki samantha susan maria angela theresa barbara federica ursula kamala
  condoleezza madeleine catherine liz annalena penny julie melanie mélanie kaja rosemary amina
  margaret christine helen helena anna ana ann anne marie mary jane janet jennifer jessica karen
  laura lisa michelle nancy patricia sarah sara elizabeth emily emma olivia sophie sophia julia
  natalia natalya tatiana tatyana svetlana olga irina elena yelena valentina ekaterina yekaterina
  marina nadia nadezhda ludmila lyudmila galina alla yulia yuliya iryna oksana olena
  priti nicola ruth kristalina michele carla carmen isabel isabelle florence brigitte sylvie
  segolene ségolène hina benazir hasina indira sushma nirmala sheikha
  fatima aisha ayesha leila layla rania noura reem mona hanan huda amal samira yasmin
  tzipi golda ayelet miri gila ngozi ellen joyce cristina dilma gabriela claudia jacinda
  `
    .split(/\s+/)
    .filter(Boolean),
);
