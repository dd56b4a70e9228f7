/** The singular noun of each code register, for error messages ("category 7 not found"). */
export { CODE_REGISTER_NAMES } from '../../domain/model/contact-codes.js';
