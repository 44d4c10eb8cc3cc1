/**
 * Physical constants, CODATA 2022 recommended values (E. Tiesinga et al. / P. J. Mohr et al.,
 * "CODATA Recommended Values of the Fundamental Physical Constants: 2022", Rev. Mod. Phys. 97,
 * 025002 (2025); NIST SP 961 (2024)). Since the 2019 SI redefinition e, k_B and N_A are exact,
 * so F = N_A·e and R = N_A·k_B are exact too; ε0 is measured.
 */

/** Elementary charge e [C], exact. */
export const ELEMENTARY_CHARGE = 1.602176634e-19;
/** Boltzmann constant k_B [J/K], exact. */
export const BOLTZMANN = 1.380649e-23;
/** Avogadro constant N_A [1/mol], exact. */
export const AVOGADRO = 6.02214076e23;
/** Faraday constant F = N_A·e [C/mol], exact: 96485.33212331001. */
export const FARADAY = AVOGADRO * ELEMENTARY_CHARGE;
/** Molar gas constant R = N_A·k_B [J/(mol·K)], exact: 8.31446261815324. */
export const GAS_CONSTANT = AVOGADRO * BOLTZMANN;
/** Vacuum electric permittivity ε0 [F/m], CODATA 2022: 8.8541878188(14)e-12. */
export const VACUUM_PERMITTIVITY = 8.8541878188e-12;
/** 0 °C in kelvin, exact by definition of the Celsius scale. */
export const ZERO_CELSIUS = 273.15;
/** Room temperature as assumed where a paper writes "RT" or "ambient": 25 °C. */
export const ROOM_TEMPERATURE = 298.15;
/** Charge number of the magnesium ion, Mg²⁺. */
export const Z_MG = 2;
