/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "ft-crypto.h"

#include "ns3/abort.h"
#include "ns3/log.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/opensslv.h>
#include <openssl/sha.h>

#if OPENSSL_VERSION_NUMBER >= 0x30000000L
#include <openssl/core_names.h>
#include <openssl/params.h>
#else
#include <openssl/cmac.h>
#endif

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("FtCrypto");

namespace
{

/// \param address a MAC address \return its six octets
std::vector<uint8_t>
MacBytes(Mac48Address address)
{
    std::vector<uint8_t> bytes(6);
    address.CopyTo(bytes.data());
    return bytes;
}

/// \param out where to append \param bytes what to append
void
Append(std::vector<uint8_t>& out, const std::vector<uint8_t>& bytes)
{
    out.insert(out.end(), bytes.begin(), bytes.end());
}

/// \param out where to append \param text the ASCII characters to append
void
Append(std::vector<uint8_t>& out, const std::string& text)
{
    out.insert(out.end(), text.begin(), text.end());
}

} // namespace

std::vector<uint8_t>
FtCrypto::HmacSha256(const std::vector<uint8_t>& key, const std::vector<uint8_t>& data)
{
    return WpaCrypto::HmacSha256(key, data);
}

std::vector<uint8_t>
FtCrypto::Sha256(const std::vector<uint8_t>& data)
{
    std::vector<uint8_t> digest(SHA256_SIZE);
    static const uint8_t empty = 0;
    unsigned int digestLen = 0;
    int ok = EVP_Digest(data.empty() ? &empty : data.data(),
                        data.size(),
                        digest.data(),
                        &digestLen,
                        EVP_sha256(),
                        nullptr);
    NS_ABORT_MSG_IF(ok != 1 || digestLen != SHA256_SIZE, "SHA-256 failed");
    return digest;
}

std::vector<uint8_t>
FtCrypto::Kdf(const std::vector<uint8_t>& key,
              const std::string& label,
              const std::vector<uint8_t>& context,
              std::size_t lengthBits)
{
    NS_ABORT_MSG_IF(lengthBits == 0 || lengthBits % 8 != 0 || lengthBits > MAX_KDF_BITS,
                    "KDF length must be a positive multiple of 8 bits up to 65535");
    const std::size_t bytes = lengthBits / 8;
    // i (2 octets, little endian) || Label || Context || Length (2 octets, little endian)
    std::vector<uint8_t> input(2);
    Append(input, label);
    Append(input, context);
    input.push_back(static_cast<uint8_t>(lengthBits & 0xff));
    input.push_back(static_cast<uint8_t>(lengthBits >> 8));
    std::vector<uint8_t> result;
    for (uint32_t i = 1; result.size() < bytes; ++i)
    {
        input[0] = static_cast<uint8_t>(i & 0xff);
        input[1] = static_cast<uint8_t>(i >> 8);
        Append(result, HmacSha256(key, input));
    }
    result.resize(bytes);
    return result;
}

bool
FtCrypto::XxKeyFromMsk(const std::vector<uint8_t>& msk,
                       std::vector<uint8_t>& xxKey,
                       std::string& why)
{
    if (msk.size() < MIN_MSK_SIZE)
    {
        why =
            "an MSK must have at least 64 octets (this one has " + std::to_string(msk.size()) + ")";
        return false;
    }
    xxKey.assign(msk.begin() + XXKEY_SIZE, msk.begin() + 2 * XXKEY_SIZE);
    return true;
}

bool
FtCrypto::DerivePmkR0(const std::vector<uint8_t>& xxKey,
                      const std::string& ssid,
                      uint16_t mdid,
                      const std::vector<uint8_t>& r0khId,
                      Mac48Address s0khId,
                      PmkR0& result,
                      std::string& why)
{
    if (xxKey.size() != XXKEY_SIZE)
    {
        why = "the XXKey must have 32 octets (this one has " + std::to_string(xxKey.size()) + ")";
        return false;
    }
    if (ssid.empty() || ssid.size() > MAX_SSID_SIZE)
    {
        why = "an SSID must have 1 to 32 octets (this one has " + std::to_string(ssid.size()) + ")";
        return false;
    }
    if (r0khId.empty() || r0khId.size() > MAX_R0KH_ID_SIZE)
    {
        why = "an R0KH-ID must have 1 to 48 octets (this one has " + std::to_string(r0khId.size()) +
              ")";
        return false;
    }
    std::vector<uint8_t> context;
    context.push_back(static_cast<uint8_t>(ssid.size()));
    Append(context, ssid);
    context.push_back(static_cast<uint8_t>(mdid & 0xff));
    context.push_back(static_cast<uint8_t>(mdid >> 8));
    context.push_back(static_cast<uint8_t>(r0khId.size()));
    Append(context, r0khId);
    Append(context, MacBytes(s0khId));
    std::vector<uint8_t> r0KeyData = Kdf(xxKey, "FT-R0", context, (PMK_R0_SIZE + SALT_SIZE) * 8);
    std::vector<uint8_t> nameInput;
    Append(nameInput, std::string("FT-R0N"));
    nameInput.insert(nameInput.end(), r0KeyData.begin() + PMK_R0_SIZE, r0KeyData.end());
    std::vector<uint8_t> name = Sha256(nameInput);
    name.resize(NAME_SIZE);
    result.key.assign(r0KeyData.begin(), r0KeyData.begin() + PMK_R0_SIZE);
    result.name = name;
    return true;
}

std::vector<uint8_t>
FtCrypto::PmkR1Name(const std::vector<uint8_t>& pmkR0Name, Mac48Address r1khId, Mac48Address s1khId)
{
    NS_ABORT_MSG_IF(pmkR0Name.size() != NAME_SIZE, "PMKR0Name must have 16 octets");
    std::vector<uint8_t> input;
    Append(input, std::string("FT-R1N"));
    Append(input, pmkR0Name);
    Append(input, MacBytes(r1khId));
    Append(input, MacBytes(s1khId));
    std::vector<uint8_t> name = Sha256(input);
    name.resize(NAME_SIZE);
    return name;
}

FtCrypto::PmkR1
FtCrypto::DerivePmkR1(const std::vector<uint8_t>& pmkR0,
                      const std::vector<uint8_t>& pmkR0Name,
                      Mac48Address r1khId,
                      Mac48Address s1khId)
{
    NS_ABORT_MSG_IF(pmkR0.size() != PMK_R0_SIZE, "PMK-R0 must have 32 octets");
    std::vector<uint8_t> context = MacBytes(r1khId);
    Append(context, MacBytes(s1khId));
    PmkR1 result;
    result.key = Kdf(pmkR0, "FT-R1", context, PMK_R1_SIZE * 8);
    result.name = PmkR1Name(pmkR0Name, r1khId, s1khId);
    return result;
}

FtCrypto::FtPtk
FtCrypto::DerivePtk(const std::vector<uint8_t>& pmkR1,
                    const std::vector<uint8_t>& pmkR1Name,
                    const std::vector<uint8_t>& snonce,
                    const std::vector<uint8_t>& anonce,
                    Mac48Address bssid,
                    Mac48Address staAddr)
{
    NS_ABORT_MSG_IF(pmkR1.size() != PMK_R1_SIZE, "PMK-R1 must have 32 octets");
    NS_ABORT_MSG_IF(pmkR1Name.size() != NAME_SIZE, "PMKR1Name must have 16 octets");
    NS_ABORT_MSG_IF(snonce.size() != WpaCrypto::NONCE_SIZE ||
                        anonce.size() != WpaCrypto::NONCE_SIZE,
                    "nonces must have 32 octets");
    // SNonce || ANonce || BSSID || STA-ADDR
    std::vector<uint8_t> context = snonce;
    Append(context, anonce);
    Append(context, MacBytes(bssid));
    Append(context, MacBytes(staAddr));
    std::vector<uint8_t> bytes = Kdf(pmkR1, "FT-PTK", context, PTK_SIZE * 8);
    FtPtk result;
    result.ptk.kck.assign(bytes.begin(), bytes.begin() + WpaCrypto::KCK_SIZE);
    result.ptk.kek.assign(bytes.begin() + WpaCrypto::KCK_SIZE,
                          bytes.begin() + WpaCrypto::KCK_SIZE + WpaCrypto::KEK_SIZE);
    result.ptk.tk.assign(bytes.begin() + WpaCrypto::KCK_SIZE + WpaCrypto::KEK_SIZE, bytes.end());
    std::vector<uint8_t> nameInput = pmkR1Name;
    Append(nameInput, std::string("FT-PTKN"));
    Append(nameInput, context);
    result.name = Sha256(nameInput);
    result.name.resize(NAME_SIZE);
    return result;
}

std::vector<uint8_t>
FtCrypto::AesCmac(const std::vector<uint8_t>& key, const std::vector<uint8_t>& data)
{
    NS_ABORT_MSG_IF(key.size() != 16, "AES-128-CMAC needs a 16-octet key");
    std::vector<uint8_t> mac(MIC_SIZE);
    static const uint8_t empty = 0;
    const uint8_t* message = data.empty() ? &empty : data.data();
    std::size_t macLen = 0;
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> algorithm(
        EVP_MAC_fetch(nullptr, "CMAC", nullptr),
        &EVP_MAC_free);
    NS_ABORT_MSG_IF(!algorithm, "OpenSSL has no CMAC");
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_new(algorithm.get()),
                                                                  &EVP_MAC_CTX_free);
    NS_ABORT_MSG_IF(!ctx, "EVP_MAC_CTX_new failed");
    char cipherName[] = "AES-128-CBC";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, cipherName, 0),
        OSSL_PARAM_construct_end(),
    };
    int ok = EVP_MAC_init(ctx.get(), key.data(), key.size(), params);
    ok = ok == 1 ? EVP_MAC_update(ctx.get(), message, data.size()) : ok;
    ok = ok == 1 ? EVP_MAC_final(ctx.get(), mac.data(), &macLen, mac.size()) : ok;
    NS_ABORT_MSG_IF(ok != 1 || macLen != MIC_SIZE, "AES-128-CMAC failed");
#else
    std::unique_ptr<CMAC_CTX, decltype(&CMAC_CTX_free)> ctx(CMAC_CTX_new(), &CMAC_CTX_free);
    NS_ABORT_MSG_IF(!ctx, "CMAC_CTX_new failed");
    int ok = CMAC_Init(ctx.get(), key.data(), key.size(), EVP_aes_128_cbc(), nullptr);
    ok = ok == 1 ? CMAC_Update(ctx.get(), message, data.size()) : ok;
    ok = ok == 1 ? CMAC_Final(ctx.get(), mac.data(), &macLen) : ok;
    NS_ABORT_MSG_IF(ok != 1 || macLen != MIC_SIZE, "AES-128-CMAC failed");
#endif
    return mac;
}

std::vector<uint8_t>
FtCrypto::FtMic(const std::vector<uint8_t>& kck,
                Mac48Address staAddr,
                Mac48Address apAddr,
                uint8_t transactionSeq,
                const std::vector<uint8_t>& rsne,
                const std::vector<uint8_t>& mde,
                const std::vector<uint8_t>& fteWithZeroMic,
                const std::vector<uint8_t>& ric)
{
    NS_ABORT_MSG_IF(kck.size() != KCK_SIZE, "the KCK must have 16 octets");
    std::vector<uint8_t> data = MacBytes(staAddr);
    Append(data, MacBytes(apAddr));
    data.push_back(transactionSeq);
    Append(data, rsne);
    Append(data, mde);
    Append(data, fteWithZeroMic);
    Append(data, ric);
    return AesCmac(kck, data);
}

std::vector<uint8_t>
FtCrypto::EapolKeyMicCmac(const std::vector<uint8_t>& kck,
                          const std::vector<uint8_t>& eapolFrameWithZeroMic)
{
    NS_ABORT_MSG_IF(kck.size() != KCK_SIZE, "the KCK must have 16 octets");
    return AesCmac(kck, eapolFrameWithZeroMic);
}

} // namespace ns3
