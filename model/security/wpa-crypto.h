/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_WPA_CRYPTO_H
#define WLC_WPA_CRYPTO_H

#include "ns3/mac48-address.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The cryptography of WPA2-Personal (IEEE 802.11-2020 12.7): PSK from a passphrase, the
 * HMAC-SHA1 PRF, the PTK of CCMP, the EAPOL-Key MIC of key descriptor version 2, AES Key Wrap
 * (RFC 3394) and the PMKID. Built on OpenSSL 3 libcrypto (PBKDF2, HMAC, AES-ECB).
 *
 * Keys and byte strings are std::vector<uint8_t>. Functions given sizes that are not allowed
 * (a programming error, never packet contents) abort with NS_ABORT_MSG; functions whose input
 * may come from the network or from a user return false and a reason instead.
 */
class WpaCrypto
{
  public:
    static constexpr std::size_t PMK_SIZE = 32;         //!< PMK (= PSK) size
    static constexpr std::size_t NONCE_SIZE = 32;       //!< ANonce / SNonce size
    static constexpr std::size_t KCK_SIZE = 16;         //!< KCK size (AKM 2)
    static constexpr std::size_t KEK_SIZE = 16;         //!< KEK size (AKM 2)
    static constexpr std::size_t TK_SIZE = 16;          //!< CCMP-128 temporal key size
    static constexpr std::size_t PTK_SIZE = 48;         //!< PTK size for CCMP: 384 bits
    static constexpr std::size_t MIC_SIZE = 16;         //!< EAPOL-Key MIC size (AKM 2)
    static constexpr std::size_t PMKID_SIZE = 16;       //!< PMKID size
    static constexpr std::size_t SHA1_SIZE = 20;        //!< HMAC-SHA1 output size
    static constexpr std::size_t SHA256_SIZE = 32;      //!< HMAC-SHA-256 output size
    static constexpr uint32_t PBKDF2_ITERATIONS = 4096; //!< passphrase-to-PSK iterations

    /// The PTK of AKM 00-0F-AC:2 with CCMP-128: KCK || KEK || TK.
    struct Ptk
    {
        std::vector<uint8_t> kck; //!< EAPOL-Key Confirmation Key (MIC), 16 bytes
        std::vector<uint8_t> kek; //!< EAPOL-Key Encryption Key (key wrap), 16 bytes
        std::vector<uint8_t> tk;  //!< Temporal Key for CCMP, 16 bytes

        /// \return KCK || KEK || TK (48 bytes, empty when the PTK is not set)
        std::vector<uint8_t> GetBytes() const;
        /// \return true once the three keys are set
        bool IsSet() const;
        /// \param other another PTK \return true if the keys are equal
        bool operator==(const Ptk& other) const;
    };

    /**
     * Check a WPA passphrase: 8 to 63 printable ASCII characters (32..126), IEEE 802.11-2020
     * J.4.1.
     * \param passphrase the passphrase
     * \param why on failure, the reason
     * \return true if it is valid
     */
    static bool CheckPassphrase(const std::string& passphrase, std::string& why);
    /**
     * PSK = PBKDF2-HMAC-SHA1(passphrase, ssid, 4096 iterations, 32 bytes) (IEEE 802.11-2020
     * J.4.1).
     * \param passphrase 8..63 printable ASCII characters
     * \param ssid the SSID octets, 1..32 bytes
     * \param pmk the 32-byte PSK, which is the PMK of WPA2-Personal
     * \param why on failure, the reason
     * \return false (and \p pmk unchanged) for an invalid passphrase or SSID
     */
    static bool PmkFromPassphrase(const std::string& passphrase,
                                  const std::string& ssid,
                                  std::vector<uint8_t>& pmk,
                                  std::string& why);
    /**
     * A PSK given directly as 64 hexadecimal digits.
     * \param hex the digits (either case)
     * \param pmk the 32-byte PSK
     * \param why on failure, the reason
     * \return false for anything but 64 hex digits
     */
    static bool PmkFromHexPsk(const std::string& hex, std::vector<uint8_t>& pmk, std::string& why);
    /**
     * The PMK from a configured secret as hostapd's wpa_passphrase / wpa_psk accept it:
     * exactly 64 hex digits are a PSK, anything else must be a valid passphrase.
     * \param secret the passphrase or the hex PSK
     * \param ssid the SSID (used only for a passphrase)
     * \param pmk the 32-byte PMK
     * \param why on failure, the reason
     * \return true on success
     */
    static bool DerivePmk(const std::string& secret,
                          const std::string& ssid,
                          std::vector<uint8_t>& pmk,
                          std::string& why);

    /**
     * HMAC-SHA1 (RFC 2104).
     * \param key the key (any size)
     * \param data the message
     * \return the 20-byte MAC
     */
    static std::vector<uint8_t> HmacSha1(const std::vector<uint8_t>& key,
                                         const std::vector<uint8_t>& data);
    /**
     * HMAC-SHA-256 (RFC 2104, FIPS 180-4).
     * \param key the key (any size)
     * \param data the message
     * \return the 32-byte MAC
     */
    static std::vector<uint8_t> HmacSha256(const std::vector<uint8_t>& key,
                                           const std::vector<uint8_t>& data);
    /**
     * The IEEE 802.11 PRF-n (IEEE 802.11-2020 12.7.1.2): the first n bits of
     * HMAC-SHA1(K, A || 0x00 || B || 0) || HMAC-SHA1(K, A || 0x00 || B || 1) || ...
     * \param key K
     * \param label A, the ASCII label (without terminator)
     * \param data B
     * \param bits n: 128, 192, 256, 384 or 512 (any other positive multiple of 8 up to 1280
     *        is computed the same way)
     * \return n / 8 bytes
     */
    static std::vector<uint8_t> Prf(const std::vector<uint8_t>& key,
                                    const std::string& label,
                                    const std::vector<uint8_t>& data,
                                    std::size_t bits);
    /**
     * PTK = PRF-384(PMK, "Pairwise key expansion", Min(AA,SPA) || Max(AA,SPA) ||
     * Min(ANonce,SNonce) || Max(ANonce,SNonce)), split as KCK 16, KEK 16, TK 16 (IEEE
     * 802.11-2020 12.7.1.3, CCMP-128 with AKM 2).
     * \param pmk the 32-byte PMK
     * \param aa the authenticator address (BSSID)
     * \param spa the supplicant address
     * \param anonce the 32-byte ANonce
     * \param snonce the 32-byte SNonce
     * \return the PTK
     */
    static Ptk DerivePtk(const std::vector<uint8_t>& pmk,
                         Mac48Address aa,
                         Mac48Address spa,
                         const std::vector<uint8_t>& anonce,
                         const std::vector<uint8_t>& snonce);
    /**
     * EAPOL-Key MIC for key descriptor version 2: the first 16 bytes of
     * HMAC-SHA1(KCK, frame), computed over the whole EAPOL frame (header and body) with the
     * Key MIC field zero.
     * \param kck the 16-byte KCK
     * \param eapolFrameWithZeroMic the EAPOL frame with its MIC field set to zero
     * \return the 16-byte MIC
     */
    static std::vector<uint8_t> EapolKeyMic(const std::vector<uint8_t>& kck,
                                            const std::vector<uint8_t>& eapolFrameWithZeroMic);
    /**
     * AES Key Wrap (RFC 3394 2.2.1, default IV A6A6A6A6A6A6A6A6).
     * \param kek the key-encryption key: 16, 24 or 32 bytes
     * \param plaintext at least 16 bytes, a multiple of 8
     * \param ciphertext the result, 8 bytes longer than \p plaintext
     * \return false (nothing written) for a plaintext of a size that cannot be wrapped
     */
    static bool AesKeyWrap(const std::vector<uint8_t>& kek,
                           const std::vector<uint8_t>& plaintext,
                           std::vector<uint8_t>& ciphertext);
    /**
     * AES Key Unwrap with the integrity check of RFC 3394 2.2.3.
     * \param kek the key-encryption key: 16, 24 or 32 bytes
     * \param ciphertext the wrapped data (may come from the network)
     * \param plaintext the result, 8 bytes shorter than \p ciphertext
     * \return false (nothing written) if the size is not a multiple of 8 of at least 24 bytes
     *         or the integrity check fails
     */
    static bool AesKeyUnwrap(const std::vector<uint8_t>& kek,
                             const std::vector<uint8_t>& ciphertext,
                             std::vector<uint8_t>& plaintext);
    /**
     * PMKID = HMAC-SHA1-128(PMK, "PMK Name" || AA || SPA) (IEEE 802.11-2020 12.7.1.3).
     * \param pmk the PMK
     * \param aa the authenticator address
     * \param spa the supplicant address
     * \return the 16-byte PMKID
     */
    static std::vector<uint8_t> Pmkid(const std::vector<uint8_t>& pmk,
                                      Mac48Address aa,
                                      Mac48Address spa);

    /**
     * Compare two byte strings in time independent of their contents (for MICs).
     * \param a one string
     * \param b the other
     * \return true if they have the same size and bytes
     */
    static bool ConstantTimeEqual(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b);
    /**
     * Parse hexadecimal digits (either case; spaces, colons and dashes are skipped).
     * \param hex the text
     * \param bytes the bytes
     * \return false for an odd number of digits or another character
     */
    static bool ParseHex(const std::string& hex, std::vector<uint8_t>& bytes);
    /// \param bytes bytes \return them as lower-case hex digits, no separator
    static std::string ToHex(const std::vector<uint8_t>& bytes);
};

} // namespace ns3

#endif /* WLC_WPA_CRYPTO_H */
