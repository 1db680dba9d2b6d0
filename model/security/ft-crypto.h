/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_FT_CRYPTO_H
#define WLC_FT_CRYPTO_H

#include "wpa-crypto.h"

#include "ns3/mac48-address.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The cryptography of IEEE 802.11r Fast BSS Transition with the SHA-256 AKMs 00-0F-AC:3
 * (FT-802.1X) and 00-0F-AC:4 (FT-PSK) and CCMP-128 (IEEE 802.11-2020 12.7.1.7): the KDF of
 * 12.7.1.7.2 with HMAC-SHA-256, the FT key hierarchy PMK-R0 / PMK-R1 / PTK with their names,
 * AES-128-CMAC (RFC 4493), the MIC of the FT element (13.8.4) and the EAPOL-Key MIC of key
 * descriptor version 3 used by the FT initial mobility domain association.
 *
 * Identifiers that enter the key hierarchy:
 * - MDID: the two octets of the Mobility Domain element, here a uint16_t whose low byte is the
 *   first octet (little endian, as MobilityDomainElement holds it); hostapd's
 *   "mobility_domain=a1b2" is the octets a1 b2, that is MDID 0xb2a1;
 * - R0KH-ID: 1..48 octets (an NAS identifier); R1KH-ID: 6 octets (a MAC address);
 * - S0KH-ID = S1KH-ID = the STA's MAC address.
 *
 * Sizes that are not allowed in arguments that cannot come from the network abort with
 * NS_ABORT_MSG (as WpaCrypto); DerivePmkR0 and XxKeyFromMsk, whose SSID, R0KH-ID and MSK may
 * come from configuration or from a peer, return false and a reason instead.
 */
class FtCrypto
{
  public:
    static constexpr std::size_t PMK_R0_SIZE = 32;      //!< PMK-R0 size (Q = 256)
    static constexpr std::size_t PMK_R1_SIZE = 32;      //!< PMK-R1 size
    static constexpr std::size_t NAME_SIZE = 16;        //!< PMKR0Name/PMKR1Name/PTKName size
    static constexpr std::size_t SALT_SIZE = 16;        //!< PMK-R0Name-Salt size
    static constexpr std::size_t XXKEY_SIZE = 32;       //!< XXKey size for AKM 3 and 4
    static constexpr std::size_t MIN_MSK_SIZE = 64;     //!< an MSK has at least 64 octets
    static constexpr std::size_t MAX_SSID_SIZE = 32;    //!< longest SSID
    static constexpr std::size_t MAX_R0KH_ID_SIZE = 48; //!< longest R0KH-ID
    static constexpr std::size_t MIC_SIZE = 16;         //!< AES-128-CMAC output size
    static constexpr std::size_t KCK_SIZE = 16;         //!< KCK size (AKM 3 and 4)
    static constexpr std::size_t PTK_SIZE = 48;         //!< PTK size: KCK || KEK || TK
    static constexpr std::size_t SHA256_SIZE = 32;      //!< HMAC-SHA-256 output size
    static constexpr std::size_t MAX_KDF_BITS = 65535;  //!< the Length field has 16 bits
    static constexpr uint8_t SEQ_REASSOC_REQUEST = 5;   //!< FT MIC sequence: Reassoc Request
    static constexpr uint8_t SEQ_REASSOC_RESPONSE = 6;  //!< FT MIC sequence: Reassoc Response
    static constexpr uint8_t SEQ_FT_ACTION_CONFIRM = 3; //!< FT MIC sequence: FT Confirm
    static constexpr uint8_t SEQ_FT_ACTION_ACK = 4;     //!< FT MIC sequence: FT Ack

    /// PMK-R0 and PMKR0Name (12.7.1.7.3).
    struct PmkR0
    {
        std::vector<uint8_t> key;  //!< PMK-R0, 32 octets
        std::vector<uint8_t> name; //!< PMKR0Name, 16 octets
    };

    /// PMK-R1 and PMKR1Name (12.7.1.7.4).
    struct PmkR1
    {
        std::vector<uint8_t> key;  //!< PMK-R1, 32 octets
        std::vector<uint8_t> name; //!< PMKR1Name, 16 octets
    };

    /// The FT PTK (12.7.1.7.5) split as KCK, KEK, TK, and PTKName.
    struct FtPtk
    {
        WpaCrypto::Ptk ptk;        //!< KCK 16 || KEK 16 || TK 16
        std::vector<uint8_t> name; //!< PTKName, 16 octets
    };

    /**
     * HMAC-SHA-256 (RFC 2104, FIPS 180-4).
     * \param key the key (any size)
     * \param data the message
     * \return the 32-octet MAC
     */
    static std::vector<uint8_t> HmacSha256(const std::vector<uint8_t>& key,
                                           const std::vector<uint8_t>& data);
    /// \param data a message \return its SHA-256 digest (32 octets)
    static std::vector<uint8_t> Sha256(const std::vector<uint8_t>& data);
    /**
     * KDF-SHA-256-Length (IEEE 802.11-2020 12.7.1.7.2): the first Length bits of
     * HMAC-SHA-256(K, i || Label || Context || Length) for i = 1, 2, ..., where i and Length
     * are 16-bit little-endian integers.
     * \param key K
     * \param label the ASCII label (without terminator)
     * \param context the context
     * \param lengthBits Length, a positive multiple of 8 up to 65535
     * \return lengthBits / 8 octets
     */
    static std::vector<uint8_t> Kdf(const std::vector<uint8_t>& key,
                                    const std::string& label,
                                    const std::vector<uint8_t>& context,
                                    std::size_t lengthBits);
    /**
     * XXKey of AKM 00-0F-AC:3 (FT-802.1X): the second 256 bits of the MSK, L(MSK, 256, 256)
     * (12.7.1.7.3). With AKM 00-0F-AC:4 (FT-PSK) the XXKey is the PSK itself.
     * \param msk the MSK from EAP (at least 64 octets)
     * \param xxKey the 32-octet XXKey
     * \param why on failure, the reason
     * \return false for an MSK shorter than 64 octets
     */
    static bool XxKeyFromMsk(const std::vector<uint8_t>& msk,
                             std::vector<uint8_t>& xxKey,
                             std::string& why);
    /**
     * R0-Key-Data = KDF-SHA-256-384(XXKey, "FT-R0", SSIDlength || SSID || MDID || R0KHlength
     * || R0KH-ID || S0KH-ID); PMK-R0 = its first 256 bits, PMK-R0Name-Salt the next 128 bits,
     * PMKR0Name = Truncate-128(SHA-256("FT-R0N" || PMK-R0Name-Salt)) (12.7.1.7.3).
     * \param xxKey the 32-octet XXKey
     * \param ssid the SSID octets (1..32)
     * \param mdid the MDID (low byte first on the wire)
     * \param r0khId the R0KH-ID (1..48 octets)
     * \param s0khId the S0KH-ID, the STA's address
     * \param result PMK-R0 and PMKR0Name
     * \param why on failure, the reason
     * \return false (and \p result unchanged) for a bad size of XXKey, SSID or R0KH-ID
     */
    static bool DerivePmkR0(const std::vector<uint8_t>& xxKey,
                            const std::string& ssid,
                            uint16_t mdid,
                            const std::vector<uint8_t>& r0khId,
                            Mac48Address s0khId,
                            PmkR0& result,
                            std::string& why);
    /**
     * PMK-R1 = KDF-SHA-256-256(PMK-R0, "FT-R1", R1KH-ID || S1KH-ID); PMKR1Name =
     * Truncate-128(SHA-256("FT-R1N" || PMKR0Name || R1KH-ID || S1KH-ID)) (12.7.1.7.4).
     * \param pmkR0 the 32-octet PMK-R0
     * \param pmkR0Name the 16-octet PMKR0Name
     * \param r1khId the R1KH-ID (6 octets)
     * \param s1khId the S1KH-ID, the STA's address
     * \return PMK-R1 and PMKR1Name
     */
    static PmkR1 DerivePmkR1(const std::vector<uint8_t>& pmkR0,
                             const std::vector<uint8_t>& pmkR0Name,
                             Mac48Address r1khId,
                             Mac48Address s1khId);
    /**
     * PMKR1Name alone (the R1KH computes it to look a key up before deriving it).
     * \param pmkR0Name the 16-octet PMKR0Name
     * \param r1khId the R1KH-ID
     * \param s1khId the S1KH-ID
     * \return PMKR1Name
     */
    static std::vector<uint8_t> PmkR1Name(const std::vector<uint8_t>& pmkR0Name,
                                          Mac48Address r1khId,
                                          Mac48Address s1khId);
    /**
     * PTK = KDF-SHA-256-384(PMK-R1, "FT-PTK", SNonce || ANonce || BSSID || STA-ADDR), split as
     * KCK 16, KEK 16, TK 16 (CCMP-128); PTKName = Truncate-128(SHA-256(PMKR1Name || "FT-PTKN"
     * || SNonce || ANonce || BSSID || STA-ADDR)) (12.7.1.7.5).
     * \param pmkR1 the 32-octet PMK-R1
     * \param pmkR1Name the 16-octet PMKR1Name
     * \param snonce the 32-octet SNonce
     * \param anonce the 32-octet ANonce
     * \param bssid the BSSID of the target AP
     * \param staAddr the STA's address
     * \return the PTK and PTKName
     */
    static FtPtk DerivePtk(const std::vector<uint8_t>& pmkR1,
                           const std::vector<uint8_t>& pmkR1Name,
                           const std::vector<uint8_t>& snonce,
                           const std::vector<uint8_t>& anonce,
                           Mac48Address bssid,
                           Mac48Address staAddr);
    /**
     * AES-128-CMAC (RFC 4493, NIST SP 800-38B), through OpenSSL.
     * \param key the 16-octet key
     * \param data the message (any size, empty allowed)
     * \return the 16-octet MAC
     */
    static std::vector<uint8_t> AesCmac(const std::vector<uint8_t>& key,
                                        const std::vector<uint8_t>& data);
    /**
     * The MIC of the FT element (IEEE 802.11-2020 13.8.4 and 13.8.5): AES-128-CMAC(KCK,
     * STA-ADDR || BSSID || Transaction sequence number (1 octet) || RSNE || MDE || FTE with
     * the MIC field zero || RIC). The elements are whole, Element ID and Length included, as
     * carried in the frame.
     * \param kck the 16-octet KCK
     * \param staAddr the STA's address
     * \param apAddr the target AP's BSSID
     * \param transactionSeq 5 in a Reassociation Request, 6 in a Reassociation Response
     *        (3 and 4 in FT Confirm / Ack Action frames)
     * \param rsne the RSN element
     * \param mde the Mobility Domain element
     * \param fteWithZeroMic the FT element with its MIC field zero
     *        (FastBssTransitionElement::ZeroMic)
     * \param ric the RIC elements, empty if there is none
     * \return the 16-octet MIC
     */
    static std::vector<uint8_t> FtMic(const std::vector<uint8_t>& kck,
                                      Mac48Address staAddr,
                                      Mac48Address apAddr,
                                      uint8_t transactionSeq,
                                      const std::vector<uint8_t>& rsne,
                                      const std::vector<uint8_t>& mde,
                                      const std::vector<uint8_t>& fteWithZeroMic,
                                      const std::vector<uint8_t>& ric = {});
    /**
     * EAPOL-Key MIC for key descriptor version 3 (AKM 3 and 4): AES-128-CMAC(KCK, frame),
     * computed over the whole EAPOL frame with the Key MIC field zero (12.7.2).
     * \param kck the 16-octet KCK
     * \param eapolFrameWithZeroMic the EAPOL frame with its MIC field set to zero
     * \return the 16-octet MIC
     */
    static std::vector<uint8_t> EapolKeyMicCmac(const std::vector<uint8_t>& kck,
                                                const std::vector<uint8_t>& eapolFrameWithZeroMic);
};

} // namespace ns3

#endif /* WLC_FT_CRYPTO_H */
