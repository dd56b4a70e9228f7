/** The singular noun of each code register, for error messages ("category 7 not found"). */
import type { CodeField } from '../../domain/model/contact-codes.js';

export const CODE_REGISTER_NAMES: Record<CodeField, string> = {
  category: 'category', lineOfBusiness: 'line of business', status: 'contact status', district: 'district',
};
