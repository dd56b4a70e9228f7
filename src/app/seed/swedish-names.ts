/** Word lists for Swedish-looking demo names: people, companies, streets and lines of business. */
export const FIRST_NAMES = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Kristina', 'Lena', 'Emma', 'Kerstin', 'Ingrid', 'Marie', 'Malin',
  'Jenny', 'Annika', 'Linda', 'Susanne', 'Elin', 'Hanna', 'Monica', 'Birgitta', 'Åsa', 'Ulla', 'Sofia', 'Johanna',
  'Lars', 'Mikael', 'Anders', 'Johan', 'Erik', 'Per', 'Karl', 'Peter', 'Thomas', 'Jan', 'Daniel', 'Fredrik',
  'Hans', 'Andreas', 'Stefan', 'Mats', 'Magnus', 'Mattias', 'Jonas', 'Niklas', 'Björn', 'Göran', 'Ola', 'Örjan',
];
export const LAST_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson',
  'Magnusson', 'Lindström', 'Olofsson', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg',
  'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg',
  'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Håkansson', 'Lundin', 'Björk', 'Bergman', 'Gunnarsson',
  'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson',
  'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson', 'Nordström', 'Mårtensson', 'Lundström', 'Åberg', 'Öberg',
];
export const NAME_PARTS_A = [
  'Nord', 'Syd', 'Väst', 'Öst', 'Berg', 'Lind', 'Ek', 'Björk', 'Gran', 'Sjö', 'Ström', 'Dal', 'Hag', 'Ås', 'Lövs',
  'Fors', 'Holm', 'Ängs', 'Stens', 'Norr', 'Hav', 'Skogs', 'Fjäll', 'Älv', 'Sol', 'Vik', 'Mal', 'Tall',
];
export const NAME_PARTS_B = ['bergs', 'dals', 'ströms', 'viks', 'holms', 'lunds', 'hags', 'backens', 'torps', 'näs', 'by', 'sunds'];

/** A business word and the line of business it implies. */
export const TRADES: [string, string][] = [
  ['Bygg', 'Bygg'], ['Snickeri', 'Bygg'], ['Måleri', 'Bygg'], ['El', 'Bygg'], ['VVS', 'Bygg'], ['Mark & Anläggning', 'Bygg'],
  ['Data', 'IT'], ['IT-konsult', 'IT'], ['System', 'IT'], ['Mjukvara', 'IT'],
  ['Mekaniska', 'Tillverkning'], ['Verkstad', 'Tillverkning'], ['Plast', 'Tillverkning'], ['Trä', 'Tillverkning'], ['Stål', 'Tillverkning'],
  ['Åkeri', 'Transport'], ['Transport', 'Transport'], ['Logistik', 'Transport'],
  ['Fastigheter', 'Fastighet'], ['Förvaltning', 'Fastighet'],
  ['Livs', 'Livsmedel'], ['Bageri', 'Livsmedel'], ['Chark', 'Livsmedel'],
  ['Revision', 'Finans'], ['Redovisning', 'Finans'],
  ['Konsult', 'Konsult'], ['Ekonomikonsult', 'Konsult'], ['Reklam', 'Media'], ['Tryckeri', 'Media'],
  ['Tandvård', 'Hälsa'], ['Friskvård', 'Hälsa'], ['Handel', 'Handel'], ['Järnhandel', 'Handel'], ['Blommor', 'Handel'],
  ['Hotell', 'Hotell & restaurang'], ['Restaurang', 'Hotell & restaurang'], ['Energi', 'Energi'], ['Solenergi', 'Energi'],
  ['Lantbruk', 'Jord & skog'], ['Skog', 'Jord & skog'], ['Utbildning', 'Utbildning'],
];
export const LEGAL_FORMS = ['AB', 'AB', 'AB', 'AB', 'HB', 'KB', 'i Sverige AB', '& Co AB', 'Ekonomisk förening'];
export const STREETS = [
  'Storgatan', 'Kungsgatan', 'Drottninggatan', 'Industrivägen', 'Järnvägsgatan', 'Skolgatan', 'Kyrkogatan', 'Parkvägen',
  'Hamngatan', 'Verkstadsgatan', 'Fabriksgatan', 'Sjövägen', 'Ringvägen', 'Nygatan', 'Västra vägen', 'Östra Långgatan',
  'Tullgatan', 'Bangårdsgatan', 'Torggatan', 'Företagsvägen', 'Åkervägen', 'Ängsvägen', 'Hantverkargatan', 'Smedjegatan',
];
export const TITLES = ['VD', 'Inköpschef', 'Ekonomichef', 'IT-chef', 'Försäljningschef', 'Marknadschef', 'Projektledare',
  'Kontorschef', 'Produktionschef', 'Säljare', 'Ekonomiassistent', 'Platschef'];
export const CONTACT_STATUSES: [string, number][] = [['Aktiv', 60], ['Prospekt', 25], ['Vilande', 10], ['Tidigare kund', 5]];
export const CATEGORIES: [string, number][] = [['A', 15], ['B', 35], ['C', 50]];
